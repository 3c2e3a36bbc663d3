using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Steward.Web.Hosting;

namespace Steward.Web.Accounts;

/// <summary>
/// Sends the portal's few e-mails (MailKit over SMTP, or .eml files in a pickup folder). Addresses and links are
/// never logged: a failure is logged by its kind only.
/// </summary>
public sealed partial class AccountMail(IOptions<MailOptions> options, TimeProvider time, ILogger<AccountMail> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>Sends a plain-text message; false when mail is not configured or the server refused it.</summary>
    public async Task<bool> SendAsync(string to, string subject, string text, CancellationToken cancellation = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return false;
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = time.GetUtcNow();
        message.Body = new TextPart("plain") { Text = text };
        try
        {
            if (string.IsNullOrWhiteSpace(settings.Host))
            {
                Directory.CreateDirectory(settings.PickupFolder!);
                var path = Path.Combine(settings.PickupFolder!, $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}.eml");
                await message.WriteToAsync(path, cancellation).ConfigureAwait(false);
                return true;
            }

            using var client = new SmtpClient();
            var security = settings.Security switch { "tls" => SecureSocketOptions.SslOnConnect, "none" => SecureSocketOptions.None, _ => SecureSocketOptions.StartTls };
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellation).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellation).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellation).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellation).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or UnauthorizedAccessException)
        {
            NotSent(logger, exception.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "An account e-mail was not sent ({Kind}); check Steward:Mail")]
    private static partial void NotSent(ILogger logger, string kind);
}
