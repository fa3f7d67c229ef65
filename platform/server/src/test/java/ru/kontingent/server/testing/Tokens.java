package ru.kontingent.server.testing;

import ru.kontingent.devtools.TokenMinter;
import ru.kontingent.devtools.TokenSpec;

/** Real RS256 tokens signed with the test key pair the server trusts, one factory per role. */
public final class Tokens {

    private static TokenMinter minter;

    private Tokens() {
    }

    private static synchronized TokenMinter minter() {
        if (minter == null) {
            minter = new TokenMinter(TestEnvironment.keys().privateKey(), TestEnvironment.ISSUER, TestEnvironment.AUDIENCE);
        }
        return minter;
    }

    public static String federalOperator() {
        return minter().mint(TokenSpec.federalOperator());
    }

    public static String regionalAdmin(String region) {
        return minter().mint(TokenSpec.regionalAdmin(region));
    }

    public static String educationMinistry(String region) {
        return minter().mint(TokenSpec.educationMinistry(region));
    }

    public static String healthMinistry(String region) {
        return minter().mint(TokenSpec.healthMinistry(region));
    }

    public static String schoolOperator(String region, String org) {
        return minter().mint(TokenSpec.schoolOperator(region, org));
    }

    public static String citizen(String region, String snils) {
        return minter().mint(TokenSpec.citizen(region, snils));
    }

    /** A token for any spec, e.g. a citizen without a SNILS. */
    public static String mint(TokenSpec spec) {
        return minter().mint(spec);
    }
}
