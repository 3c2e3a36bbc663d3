using Steward.Core.Suppliers;
using Steward.Core.Tenders;

namespace Steward.Data.Tenders;

/// <summary>How designs are checked and published (docs/tenders.md, "Settings").</summary>
public sealed record TenderDesignOptions
{
    /// <summary>
    /// The OCID prefix Steward publishes under, in the registered form <c>ocds-xxxxxx</c>. The default marks Steward's
    /// own releases; an instance publishing to the world should register a prefix with the Open Contracting
    /// Partnership and set it here.
    /// </summary>
    public string OcidPrefix { get; init; } = "ocds-stewrd";

    /// <summary>The release package's publisher name.</summary>
    public string Publisher { get; init; } = "Steward";

    public SocialValueModels Models { get; init; } = SocialValueModels.Default;

    public ClassificationRules Rules { get; init; } = ClassificationRules.Default;
}
