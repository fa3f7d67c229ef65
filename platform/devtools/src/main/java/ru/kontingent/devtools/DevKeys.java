package ru.kontingent.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The RSA key pair that signs dev tokens. The public half is what the dev server is told to
 * trust ({@code mp.jwt.verify.publickey.location}), so both stay on disk and are reused: a token
 * minted in one shell must verify against a server started in another.
 */
public final class DevKeys {

    static final String PRIVATE_KEY_FILE = "private-key.pem";
    static final String PUBLIC_KEY_FILE = "public-key.pem";
    private static final int KEY_BITS = 2048;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path privateKeyPath;
    private final Path publicKeyPath;
    private final boolean generated;

    private DevKeys(PrivateKey privateKey, PublicKey publicKey, Path privateKeyPath, Path publicKeyPath,
            boolean generated) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.privateKeyPath = privateKeyPath;
        this.publicKeyPath = publicKeyPath;
        this.generated = generated;
    }

    /** Loads the pair kept in {@code dir}, or generates and writes a new one when either file is missing. */
    public static DevKeys loadOrCreate(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path privatePath = absolute.resolve(PRIVATE_KEY_FILE);
        Path publicPath = absolute.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.isRegularFile(privatePath) && Files.isRegularFile(publicPath)) {
                return new DevKeys(readPrivateKey(privatePath), readPublicKey(publicPath), privatePath, publicPath, false);
            }
            KeyPair pair = generate();
            Files.createDirectories(absolute);
            writePrivate(privatePath, pair.getPrivate());
            Files.writeString(publicPath, new PemBlock("PUBLIC KEY", pair.getPublic().getEncoded()).text());
            return new DevKeys(pair.getPrivate(), pair.getPublic(), privatePath, publicPath, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write dev keys in " + absolute, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("unreadable dev keys in " + absolute + " (delete them to regenerate)", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public Path privateKeyPath() {
        return privateKeyPath;
    }

    public Path publicKeyPath() {
        return publicKeyPath;
    }

    /** True when this call created the pair, so a running server still trusts the previous one. */
    public boolean generated() {
        return generated;
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        return generator.generateKeyPair();
    }

    private static void writePrivate(Path path, PrivateKey key) throws IOException {
        String pem = new PemBlock("PRIVATE KEY", key.getEncoded()).text();
        Files.deleteIfExists(path);
        // Owner-only from the first byte: a dev key still signs tokens any dev server accepts.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(path, pem);
    }

    private static PrivateKey readPrivateKey(Path path) throws IOException, GeneralSecurityException {
        byte[] der = PemBlock.parse(Files.readString(path), "PRIVATE KEY").der();
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static PublicKey readPublicKey(Path path) throws IOException, GeneralSecurityException {
        byte[] der = PemBlock.parse(Files.readString(path), "PUBLIC KEY").der();
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
