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
    public const string AllowPrivateKey = "Webhooks:AllowPrivateTargets";

    /// <summary>Why the URL may not be called, or null when its scheme is acceptable.</summary>
    public static string? SchemeError(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "Webhook URL refused: only absolute http or https URLs are called.";

    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC;
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            100 => v4[1] is >= 64 and <= 127, // carrier-grade NAT
            169 => v4[1] == 254, // link-local, incl. cloud metadata services
            172 => v4[1] is >= 16 and <= 31,
            192 => v4[1] == 168 || (v4[1] == 0 && v4[2] is 0 or 2),
            198 => v4[1] is 18 or 19,
            >= 224 => true, // multicast and reserved
            _ => false,
        };
    }

    /// <summary>The webhook client's handler: connects only to addresses <see cref="IsInternal"/> accepts.</summary>
    public static SocketsHttpHandler CreateHandler(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var allowPrivate = configuration.GetValue(AllowPrivateKey, false);
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
