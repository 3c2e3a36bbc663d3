using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>The portal's settings (section <c>Steward</c> of appsettings.json, or <c>Steward__X</c> variables).</summary>
public sealed class PortalOptions
{
    public const string Section = "Steward";

    /// <summary>
    /// The store, as <c>steward --db</c> takes it: a SQLite file, a PostgreSQL connection string or URL. Empty:
    /// <c>STEWARD_DB</c>, else <c>steward.db</c> in the current folder, as the command line does.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>
    /// The SQLite file used when neither <see cref="Database"/> nor <c>STEWARD_DB</c> names a store (else
    /// <c>steward.db</c> in the current folder). <c>dotnet run</c> runs the portal in its project folder, so its
    /// launch profile sets this to the repository root's <c>steward.db</c>, where the command line puts it.
    /// </summary>
    public string? DefaultDatabase { get; set; }

    /// <summary>How many synthetic releases <c>steward demo</c> makes when the portal starts on an empty store (0: none).</summary>
    [Range(0, 2_000_000)]
    public int DemoReleases { get; set; } = 5000;

    /// <summary>How many buyers the demo data spreads its processes over (250 by default; tens of thousands to try the lists at UK scale).</summary>
    [Range(1, 1_000_000)]
    public int DemoBuyers { get; set; } = Steward.Data.Demo.DemoDataGenerator.DefaultBuyers;

    /// <summary>How often, at most, the portal checks whether the store changed and its figures need recomputing.</summary>
    [Range(1, 86_400)]
    public int RefreshSeconds { get; set; } = 60;

    /// <summary>
    /// Searches this node asks the store at once (those it has not answered before for this version of the store;
    /// remembered answers never wait). 0: the processor count. More searches queue instead of crowding
    /// the database, so that a burst of new searches does not slow every other page (docs/performance.md).
    /// </summary>
    [Range(0, 1024)]
    public int SearchConcurrency { get; set; }

    /// <summary>Search and API requests one client (IP address) may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The most processes one export of search results holds.</summary>
    [Range(1, 100_000)]
    public int MaxExportRows { get; set; } = 5000;

    /// <summary>
    /// Count every publisher's processes in the figures; by default (false) only the UK's publishers' (and Steward's
    /// demo data) count, and processes from other countries' publishers are only listed, on the about page.
    /// </summary>
    public bool AllPublishers { get; set; }

    /// <summary>
    /// The portal's public address (scheme, host, and any path prefix), used in what it publishes, such as OCDS
    /// packages' <c>uri</c>; never taken from a request's Host header. Set it to the address people use.
    /// </summary>
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>A JSON file of supplier classification settings (docs/suppliers.md, "Settings"); empty: the documented defaults.</summary>
    public string? SupplierRules { get; set; }
}
