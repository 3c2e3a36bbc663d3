namespace Steward.Data.Entities;

/// <summary>Where a live collector got to, so that it can resume after an interruption (table <c>collector_cursors</c>).</summary>
public class CollectorCursorRow
{
    public string Source { get; set; } = string.Empty;

    public string Cursor { get; set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }
}
