package dev.backstride.runs.fileimport;

import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.backstride.runs.ReadResult;

/** The JDK's streaming XML reader with DTDs and external entities off, for the GPX and TCX readers. */
final class SafeXml {

	private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XML.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	private SafeXml() {
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return XML.createXMLStreamReader(in);
	}

	/** One pass of a reader over a document: empty when it read the whole file, else why it stopped. */
	interface Pass {

		Optional<String> run(XMLStreamReader xml) throws XMLStreamException;

	}

	/**
	 * Runs the pass over the document and closes the reader; a document that is not well-formed, or a
	 * time or number that does not parse, is rejected as not readable in the format named.
	 */
	static ReadResult read(InputStream in, String format, Pass pass, Supplier<ReadResult> result) {
		Optional<String> stopped;
		try {
			XMLStreamReader xml = open(in);
			try {
				stopped = pass.run(xml);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException | DateTimeParseException | NumberFormatException ex) {
			return new ReadResult.Rejected("The file is damaged: it is not readable " + format + ".");
		}
		return stopped.<ReadResult>map(ReadResult.Rejected::new).orElseGet(result);
	}

}
