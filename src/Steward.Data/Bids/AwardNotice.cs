using Steward.Core.Evaluation.Bids;

namespace Steward.Data.Bids;

/// <summary>What the contract award notice says of a lot's award: the winner, the price, the standstill and the bid statistics.</summary>
/// <param name="Ocid"></param>
/// <param name="Lot"></param>
/// <param name="LotTitle"></param>
/// <param name="BuyerId"></param>
/// <param name="BuyerName"></param>
/// <param name="Supplier">The winner's name, identifier (scheme, id) and register flags (null where the register cannot say).</param>
/// <param name="Value"></param>
/// <param name="Currency"></param>
/// <param name="StandstillStart"></param>
/// <param name="StandstillEnd"></param>
/// <param name="SummariesSent"></param>
/// <param name="Bids">Bids assessed at the final stage, and how many were from SMEs and VCSEs by the register.</param>
/// <param name="Commitments"></param>
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
