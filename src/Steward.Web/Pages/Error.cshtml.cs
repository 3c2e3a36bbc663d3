using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Steward.Web.Pages;

/// <summary>What people see when something goes wrong: a plain message, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Status = status ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
}
