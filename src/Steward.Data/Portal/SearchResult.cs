namespace Steward.Data.Portal;

/// <summary>One page of matching processes and how many match in all.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    public int Pages => Total == 0 ? 0 : ((Total - 1) / PageSize) + 1;
}

/// <summary>A matching process, as a results list shows it.</summary>
public sealed record SearchHit(
    string Ocid,
    string? Title,
    string? BuyerId,
    string? BuyerName,
    string? Status,
    string? ProcurementMethod,
    double? TenderValue,
    string? Currency,
    DateTime? FirstPublished,
    string? MainCpv);
