package dev.backstride.runs.fileimport;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The JDK's streaming XML reader with DTDs and external entities off, for the GPX and TCX readers. */
final class SafeXml {

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

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

}
