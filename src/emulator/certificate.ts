import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

/** A TLS identity for the embedded tenant: PEM key and certificate. */
export interface TlsIdentity {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost (ECDSA P-256, valid a day before and
 * 30 days after now), so the embedded tenant can serve https as Okta does: a run then pays for
 * TLS as a real one does. Node can sign but not make certificates, so the few DER structures of
 * RFC 5280 are written here. A client trusts it by NODE_EXTRA_CA_CERTS (the bench does).
 */
export function selfSignedCertificate(now = new Date()): TlsIdentity {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const name = seq(set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from("okta-drift embedded tenant")))));
  const day = 86_400_000;
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, and no leading zero byte
  const ecdsaWithSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const subjectAltName = seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from("localhost")));
  const extensions = seq(
    seq(oid("2.5.29.19"), tlv(0x01, Buffer.from([0xff])), octets(seq(tlv(0x01, Buffer.from([0xff]))))),
    seq(oid("2.5.29.17"), octets(subjectAltName)),
  );
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))), // v3
    tlv(0x02, serial),
    ecdsaWithSha256,
    name,
    seq(utcTime(new Date(now.getTime() - day)), utcTime(new Date(now.getTime() + 30 * day))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    tlv(0xa3, extensions),
  );
  const signature = sign("sha256", tbs, privateKey); // DER-encoded ECDSA, as X.509 wants
  const certificate = seq(tbs, ecdsaWithSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const base64 = certificate.toString("base64").replace(/.{64}/g, "$&\n");
  return {
    key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    cert: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
  };
}

function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]; // a certificate is < 64 KB
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

const seq = (...items: Buffer[]) => tlv(0x30, ...items);
const set = (...items: Buffer[]) => tlv(0x31, ...items);
const octets = (content: Buffer) => tlv(0x04, content);

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split(".").map(Number) as [number, number, ...number[]];
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let v = arc >> 7; v > 0; v >>= 7) base128.unshift((v & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, "").slice(2, 14); // YYMMDDHHMMSS
  return tlv(0x17, Buffer.from(`${text}Z`));
}
