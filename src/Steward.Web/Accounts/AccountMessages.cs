using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Steward.Data.Entities;

namespace Steward.Web.Accounts;

/// <summary>The e-mails accounts get, and the links in them (Identity's tokens, URL-safe; single-use and short-lived).</summary>
public sealed class AccountMessages(UserManager<AccountUser> users, AccountMail mail)
{
    public bool Enabled => mail.Enabled;

    public async Task<bool> ConfirmationAsync(AccountUser account, string site)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(account).ConfigureAwait(false)));
        var link = $"{site}/account/confirm-email?id={Uri.EscapeDataString(account.Id)}&code={token}";
        return await mail.SendAsync(account.Email!, "Confirm your e-mail address for Steward",
            $"Open this link to confirm that this address is yours:\n\n{link}\n\nIf you did not make a Steward account, ignore this e-mail.").ConfigureAwait(false);
    }

    public async Task<bool> PasswordResetAsync(AccountUser account, string site)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(account).ConfigureAwait(false)));
        var link = $"{site}/account/reset-password?id={Uri.EscapeDataString(account.Id)}&code={token}";
        return await mail.SendAsync(account.Email!, "Reset your Steward password",
            $"Open this link to choose a new password. It works once, for a day:\n\n{link}\n\nIf you did not ask for this, ignore this e-mail: your password is unchanged.").ConfigureAwait(false);
    }

    public Task<bool> InvitationAsync(string to, string organisation, string role, string link) =>
        mail.SendAsync(to, $"You are invited to act for {organisation} in Steward",
            $"You are invited to act as {role} for {organisation} in Steward.\n\nOpen this link to accept. It works once:\n\n{link}\n\nIf you did not expect this, ignore this e-mail.");

    /// <summary>Decodes a token from a link; null when it was mangled.</summary>
    public static string? Decode(string? code)
    {
        try
        {
            return code is null ? null : System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
