namespace Steward.Data.Entities;

/// <summary>
/// The text a process is found by (table <c>search_texts</c>): its title, and a body made of its description, the
/// names of its organisations, its lots and its CPV descriptions. SQLite indexes it in the FTS5 table
/// <c>search_index</c> (kept in step by triggers); PostgreSQL in a generated <c>tsvector</c> column with a GIN index.
/// Both are created by the <c>Portal</c> migration's SQL, outside the EF model.
/// </summary>
public class SearchTextRow
{
    /// <summary>A stable integer key: the FTS5 index refers to rows by it.</summary>
    public long Id { get; set; }

    public string Ocid { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Body { get; set; }
}
