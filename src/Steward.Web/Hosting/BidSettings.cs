using Steward.Core.Evaluation.Standstill;

namespace Steward.Web.Hosting;

/// <summary>The sealed tender box and evaluation in the portal (section <c>Steward:Bids</c>; docs/evaluation.md, "Settings").</summary>
public sealed class BidSettings
{
    public const string Section = "Steward:Bids";

    /// <summary>
    /// The key ring's folder, outside the database (it must not be backed up with it, and every portal node must see
    /// it). Default: beside an SQLite store, <c>STORE.keyring</c>; a PostgreSQL store needs it set.
    /// </summary>
    public string? KeyRing { get; set; }

    /// <summary>The largest file a bid may attach, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>The working-day calendar of standstill periods unless a buyer sets its own: all-uk (default), england-and-wales, scotland or northern-ireland.</summary>
    public string Calendar { get; set; } = UkCalendars.Default.Name();
}
