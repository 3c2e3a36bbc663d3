using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>Tender design in the portal (section <c>Steward:Tenders</c>; docs/tenders.md, "Settings").</summary>
public sealed class TenderOptions
{
    public const string Section = "Steward:Tenders";

    /// <summary>The OCID prefix published designs take, in the registered form <c>ocds-xxxxxx</c>.</summary>
    [RegularExpression("^ocds-[a-z0-9]{6}$", ErrorMessage = "Steward:Tenders:OcidPrefix must be ocds- and six lower-case letters or digits")]
    public string OcidPrefix { get; set; } = "ocds-stewrd";

    /// <summary>The publisher name on release packages.</summary>
    [Required]
    public string Publisher { get; set; } = "Steward";

    /// <summary>A Social Value Model reference data file to use instead of the copy shipped; empty for the shipped one.</summary>
    public string? SocialValueModels { get; set; }
}
