using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Account;

/// <summary>What a signed-in person sees when a page needs a role they do not hold, or a second factor they have not used (anyone).</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel(ActingAccount acting) : PageModel
{
    public Acting? Current { get; private set; }

    public async Task OnGetAsync()
    {
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        Current = await acting.ForAsync(User).ConfigureAwait(false);
    }
}
