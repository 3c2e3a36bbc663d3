namespace Steward.Data.Entities;

/// <summary>One contracting process's compiled release, normalised (table <c>records</c>).</summary>
public class RecordRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Compiled { get; set; } = string.Empty;

    public int ReleaseCount { get; set; }

    public DateTime? Date { get; set; }

    public DateTime UpdatedAt { get; set; }
}
