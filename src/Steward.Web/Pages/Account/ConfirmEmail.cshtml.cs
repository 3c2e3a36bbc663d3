using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Account;

/// <summary>Confirm an e-mail address from the link sent to it (anyone holding the link).</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AccountUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? id, string? code)
    {
        var account = id is null ? null : await users.FindByIdAsync(id).ConfigureAwait(false);
        var token = AccountMessages.Decode(code);
        Confirmed = account is not null && token is not null && (await users.ConfirmEmailAsync(account, token).ConfigureAwait(false)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        }
    }
}
