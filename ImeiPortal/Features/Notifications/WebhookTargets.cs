using System.Net;
using System.Net.Sockets;

namespace ImeiPortal.Features.Notifications;

/// <summary>
/// Keeps webhooks from reaching the portal's own network (SSRF): only http(s), and unless
/// <c>Webhooks:AllowPrivateTargets</c> is true, no loopback, private, link-local or otherwise internal address.
/// The address is checked when the socket connects, so a DNS name that later resolves inward (rebinding) or a
/// redirect to an internal host is refused too.
/// </summary>
public static class WebhookTargets
{
    public const string AllowPrivateKey = $"{WebhookOptions.Section}:{nameof(WebhookOptions.AllowPrivateTargets)}";

    /// <summary>Why the URL may not be called, or null when its scheme is acceptable.</summary>
    public static string? SchemeError(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "Webhook URL refused: only absolute http or https URLs are called.";

    /// <summary>
    /// Every IPv4 range that is not the public internet (IANA special-purpose registry): this network, private, CGNAT,
    /// loopback, link-local (incl. cloud metadata services), IETF protocol assignments, documentation, benchmarking,
    /// 6to4 relay anycast, multicast and reserved, broadcast.
    /// </summary>
    private static readonly IPNetwork[] InternalV4 = Networks(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/4", "240.0.0.0/4");

    /// <summary>
    /// IPv6 ranges that are never a public webhook: unspecified and loopback, discard-only, IETF protocol assignments
    /// (incl. Teredo, which tunnels to an IPv4 host the guard cannot see, and ORCHID), documentation, site-local, unique local, link-local, multicast.
    /// </summary>
    private static readonly IPNetwork[] InternalV6 = Networks(
        "::/128", "::1/128", "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10",
        "fec0::/10", "ff00::/8");

    /// <summary>IPv6 forms that carry an IPv4 address in their low (or, for 6to4, second and third) 32 bits.</summary>
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork Nat64LocalUse = IPNetwork.Parse("64:ff9b:1::/48");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");

    /// <summary>
    /// True for an address a webhook may not reach. An IPv6 form that embeds an IPv4 address (mapped, NAT64, 6to4,
    /// IPv4-compatible) is judged by that IPv4 address, since that is where a gateway or the host's stack sends it.
    /// </summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return InternalV4.Any(n => n.Contains(address));
        }

        if (EmbeddedIpv4(address) is { } v4)
        {
            return InternalV4.Any(n => n.Contains(v4));
        }

        // A local-use NAT64 prefix translates into the operator's own network.
        return Nat64LocalUse.Contains(address) || InternalV6.Any(n => n.Contains(address));
    }

    private static IPNetwork[] Networks(params string[] cidrs) => Array.ConvertAll(cidrs, c => IPNetwork.Parse(c));

    private static IPAddress? EmbeddedIpv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Ipv4Compatible.Contains(address) && !IPAddress.IPv6Any.Equals(address) && !IPAddress.IPv6Loopback.Equals(address)))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }

    /// <summary>The webhook client's handler: connects only to addresses <see cref="IsInternal"/> accepts.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowPrivate = options.AllowPrivateTargets;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => allowPrivate || !IsInternal(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"Webhook target {context.DnsEndPoint.Host} resolves to an internal address; refused.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}
