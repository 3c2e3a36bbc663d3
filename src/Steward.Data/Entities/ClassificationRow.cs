namespace Steward.Data.Entities;

/// <summary>What a process buys, as a classification code (CPV in the UK) (table <c>classifications</c>).</summary>
public class ClassificationRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Scheme { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    /// <summary>The lot it belongs to, or an empty string for the whole tender.</summary>
    public string LotId { get; set; } = string.Empty;

    public string? Description { get; set; }
}
