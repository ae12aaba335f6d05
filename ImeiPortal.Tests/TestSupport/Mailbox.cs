using System.Text.RegularExpressions;
using MimeKit;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>Reads the mail the portal wrote to a factory's pickup folder (no mail server in tests).</summary>
internal static partial class Mailbox
{
    public static List<MimeMessage> To(PortalFactory factory, string email) => To(factory.MailFolder, email);

    public static List<MimeMessage> To(string mailFolder, string email) =>
        Directory.Exists(mailFolder)
            ? [.. Directory.GetFiles(mailFolder, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))]
            : [];

    /// <summary>Waits for the <paramref name="count"/>th mail to <paramref name="email"/> (mail is sent after the answer).</summary>
    public static Task<MimeMessage> WaitForAsync(PortalFactory factory, string email, int count = 1) =>
        WaitForAsync(factory.MailFolder, email, count);

    public static async Task<MimeMessage> WaitForAsync(string mailFolder, string email, int count = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            List<MimeMessage> mails;
            try
            {
                mails = To(mailFolder, email);
            }
            catch (IOException)
            {
                // The portal is still writing a mail (it sends after the answer): read it on the next round.
                mails = [];
            }

            if (mails.Count >= count)
            {
                return mails.OrderBy(m => m.Date).Last();
            }

            Assert.True(DateTime.UtcNow < until, $"No mail #{count} to {email} within 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The reset link's email and token, as the reset page will read them.</summary>
    public static (Uri Link, string Email, string Token) ResetLink(MimeMessage mail)
    {
        var match = Link().Match(mail.TextBody ?? "");
        Assert.True(match.Success, mail.TextBody);
        var link = new Uri(match.Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        return (link, query["email"].ToString(), query["token"].ToString());
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex Link();
}
