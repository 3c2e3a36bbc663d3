namespace Steward.Ocds.Normalisation;

/// <summary>
/// One change the UK normalisation made to a release: which rule, where (a JSON path such as
/// <c>parties/2/identifier/id</c>), the value before and after (as JSON text; null when the field was added or
/// removed), and why.
/// </summary>
public sealed record NormalisationChange(string Rule, string Path, string? Before, string? After, string Reason)
{
    /// <summary>The process, when known.</summary>
    public string? Ocid { get; init; }

    /// <summary>The release, when known.</summary>
    public string? ReleaseId { get; init; }
}
