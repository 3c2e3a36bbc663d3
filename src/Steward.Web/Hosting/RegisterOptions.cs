using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>The register in the portal (section <c>Steward:Register</c>): evidence uploads.</summary>
public sealed class RegisterOptions
{
    public const string Section = "Steward:Register";

    /// <summary>The largest evidence file taken, in bytes (default 10 MB).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A folder to keep evidence files in (named by their SHA-256); empty: in the store.</summary>
    public string? EvidenceFolder { get; set; }
}
