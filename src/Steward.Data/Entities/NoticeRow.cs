namespace Steward.Data.Entities;

/// <summary>A notice document of a process with its UK notice type (UK1–UK17) (table <c>notices</c>).</summary>
public class NoticeRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Section { get; set; } = string.Empty;

    public string DocumentId { get; set; } = string.Empty;

    public string? NoticeType { get; set; }

    public string? DocumentType { get; set; }

    public DateTime? DatePublished { get; set; }

    public string? Url { get; set; }
}
