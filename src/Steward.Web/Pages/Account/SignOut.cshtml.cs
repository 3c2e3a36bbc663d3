using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;

namespace Steward.Web.Pages.Account;

/// <summary>Sign out (anyone signed in; a form post, so that no link or image can sign somebody out).</summary>
public sealed class SignOutModel(SignInManager<AccountUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
