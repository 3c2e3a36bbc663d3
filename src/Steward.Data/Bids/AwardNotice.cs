using Steward.Core.Evaluation.Bids;

namespace Steward.Data.Bids;

/// <summary>What the contract award notice says of a lot's award: the winner, the price, the standstill and the bid statistics.</summary>
/// <param name="Supplier">The winner's name, identifier (scheme, id) and register flags (null where the register cannot say).</param>
/// <param name="Bids">Bids assessed at the final stage, and how many were from SMEs and VCSEs by the register.</param>
public sealed record AwardNotice(
    string Ocid,
    string Lot,
    string? LotTitle,
    string BuyerId,
    string BuyerName,
    (string Name, string? Scheme, string? Id, bool? Sme, bool? Vcse) Supplier,
    decimal Value,
    string Currency,
    DateOnly StandstillStart,
    DateOnly StandstillEnd,
    DateTimeOffset SummariesSent,
    (int All, int Sme, int Vcse) Bids,
    IReadOnlyList<Commitment> Commitments);
