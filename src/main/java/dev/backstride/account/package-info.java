/**
 * Runner accounts: sign-up, login, profile, personal access tokens and the security configuration.
 * It owns who a runner is and depends on no other module; every other module scopes its data by
 * {@link dev.backstride.account.AccountId}.
 */
@NullMarked
package dev.backstride.account;

import org.jspecify.annotations.NullMarked;
