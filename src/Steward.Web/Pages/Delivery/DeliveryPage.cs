using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Common;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery;

/// <summary>
/// What every delivery page shares: the person acting and the organisation they act for (only its own contracts are
/// found), today's date, a refusal shown in the error summary, and the message of a finished action.
/// </summary>
public abstract class DeliveryPage(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : PageModel
{
    protected ContractDeliveries Deliveries { get; } = deliveries;

    public Acting Current { get; private set; } = null!;

    /// <summary>The organisation acted for.</summary>
    public string Organisation => Current.Organisation?.Id ?? string.Empty;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The message of a finished action (<c>?done=…</c>), shown once after the redirect.</summary>
    public string? Done { get; protected set; }

    protected async Task LoadActingAsync() => Current = (await acting.ForAsync(User).ConfigureAwait(false))!;

    /// <summary>A refusal into the error summary, its first letter raised.</summary>
    protected void Refuse(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        ModelState.AddModelError(string.Empty, char.ToUpperInvariant(message[0]) + message[1..]);
    }

    /// <summary>A day as "3 Sep 2027". The invariant culture's month names are English; Steward runs in invariant-globalization mode (Directory.Build.props), where asking for en-GB throws.</summary>
    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "Not known";

    public static string Number(decimal? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "No reports";

    public static string Share(decimal? share) => share is { } s ? (s * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "No reports";

    public static string Pounds(decimal? value) => value is { } v ? "£" + v.ToString("#,##0", CultureInfo.InvariantCulture) : "Not known";
}
