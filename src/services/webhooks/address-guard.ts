// Outbound requests to webhook receivers may not reach the service's own network: private, loopback,
// link-local, unique-local, CGNAT, multicast and unspecified addresses are refused unless the
// WEBHOOK_ALLOWED_ADDRESSES allow-list names them. The check is made on the address the name RESOLVES to,
// inside the connection's own lookup, so a name that resolves to a public address when the subscription is
// made and to 127.0.0.1 when the request is sent (DNS rebinding) is refused at connect time.
import dns from 'node:dns';
import net from 'node:net';

const DENIED_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];
const DENIED_V6: Array<[string, number]> = [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32], ['100::', 64],
];

export class AddressRefusedError extends Error {
  readonly code = 'EADDRREFUSED';
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private, loopback or link-local address; add it to WEBHOOK_ALLOWED_ADDRESSES to allow it`);
    this.name = 'AddressRefusedError';
  }
}

export interface AddressGuard {
  /** Whether a literal IP address may be connected to. */
  allows(address: string): boolean;
  /** A dns.lookup replacement for http.request that refuses addresses `allows` refuses. */
  lookup: net.LookupFunction;
  /** Resolves a host (or takes a literal address) and throws AddressRefusedError if any address is refused. */
  check(host: string): Promise<void>;
}

/** `allowed`: addresses or CIDR ranges ("127.0.0.1", "10.1.0.0/16", "::1") that are let through all the same. */
export function addressGuard(allowed: readonly string[]): AddressGuard {
  const denied = new net.BlockList();
  for (const [a, p] of DENIED_V4) denied.addSubnet(a, p, 'ipv4');
  for (const [a, p] of DENIED_V6) denied.addSubnet(a, p, 'ipv6');
  const allow = new net.BlockList();
  for (const entry of allowed) {
    const [address, prefix] = entry.split('/');
    const family = net.isIPv6(address!) ? 'ipv6' : 'ipv4';
    if (prefix === undefined) allow.addAddress(address!, family);
    else allow.addSubnet(address!, Number(prefix), family);
  }

  function allows(address: string): boolean {
    let a = address.replace(/^\[|\]$/g, '');
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is the IPv4 address it maps.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
    if (mapped) a = mapped[1]!;
    const family = net.isIPv6(a) ? 'ipv6' : net.isIPv4(a) ? 'ipv4' : undefined;
    if (!family) return false;
    if (allow.check(a, family)) return true;
    return !denied.check(a, family);
  }

  const lookup: net.LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const refused = addresses.find((a) => !allows(a.address));
      if (refused) return callback(new AddressRefusedError(hostname, refused.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };

  async function check(host: string): Promise<void> {
    const bare = host.replace(/^\[|\]$/g, '');
    if (net.isIP(bare)) {
      if (!allows(bare)) throw new AddressRefusedError(host, bare);
      return;
    }
    const addresses = await dns.promises.lookup(bare, { all: true });
    const refused = addresses.find((a) => !allows(a.address));
    if (refused) throw new AddressRefusedError(host, refused.address);
  }

  return { allows, lookup, check };
}
