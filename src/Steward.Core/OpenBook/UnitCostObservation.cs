namespace Steward.Core.OpenBook;

/// <summary>One price per unit a buyer paid (or accepted) for a service in a region and year.</summary>
/// <param name="BuyerId">The buyer's identifier.</param>
/// <param name="RegionCode">The region, e.g. an ITL 1 code such as "TLC"; grouped exactly as given.</param>
/// <param name="ServiceCategory">e.g. "childrens-homes".</param>
/// <param name="Unit">e.g. "placement-week".</param>
/// <param name="Year">The year the price applies to.</param>
/// <param name="PricePerUnit">Pounds per unit.</param>
public sealed record UnitCostObservation(
    string BuyerId,
    string RegionCode,
    string ServiceCategory,
    string Unit,
    int Year,
    decimal PricePerUnit);
