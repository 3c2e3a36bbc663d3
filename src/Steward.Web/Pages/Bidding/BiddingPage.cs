using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// What every bidding page shares (suppliers: CanSubmitBids, by the folder's convention): the person acting and the
/// supplier they act for, whose bids, questions and summaries alone the pages show; another supplier's are "not found".
/// </summary>
public abstract class BiddingPage(ActingAccount acting, TimeProvider time) : PageModel
{
    public Acting Current { get; private set; } = null!;

    /// <summary>The supplier organisation acted for.</summary>
    public string SupplierId => Current.Organisation!.Id;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The message of a finished action (<c>?done=…</c>), shown once after the redirect.</summary>
    public string? Done { get; protected set; }

    protected async Task LoadAsync() => Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
}
