namespace Steward.Core.Processes;

/// <summary>A notice document: its UK notice type (UK1–UK17, from the UK extension's <c>noticeType</c>) and where it sits.</summary>
public sealed record NoticeFacts
{
    public required string DocumentId { get; init; }

    /// <summary>UK1 … UK17, when published.</summary>
    public string? NoticeType { get; init; }

    public string? DocumentType { get; init; }

    /// <summary>planning, tender, award or contract.</summary>
    public required string Section { get; init; }

    public DateTimeOffset? DatePublished { get; init; }

    public string? Url { get; init; }
}
