namespace Steward.Data.Entities;

/// <summary>A release exactly as published (table <c>releases</c>). Unique by process and release key.</summary>
public class ReleaseRow
{
    public long Id { get; set; }

    public string Ocid { get; set; } = string.Empty;

    /// <summary>The release's <c>id</c>, or <c>sha256:…</c> of its content when it has none.</summary>
    public string ReleaseKey { get; set; } = string.Empty;

    public DateTime? Date { get; set; }

    /// <summary>Its <c>tag</c> values, comma-separated.</summary>
    public string? Tags { get; set; }

    /// <summary>SHA-256 of the release's compact JSON: the same content imported again changes nothing.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The release's JSON, without officials' personal data.</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>Where it was imported from (a file name, or a collector and its URL).</summary>
    public string? Source { get; set; }

    public DateTime ImportedAt { get; set; }
}
