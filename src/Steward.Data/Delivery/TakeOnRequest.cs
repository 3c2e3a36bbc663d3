namespace Steward.Data.Delivery;

/// <summary>
/// What a commissioner gives to take on a contract: the process's OCID, and where the store cannot tell, which of its
/// contracts (<see cref="ContractId"/>), the supplier organisation that will report, its term and its value in pounds.
/// </summary>
public sealed record TakeOnRequest(string Ocid, string? ContractId = null, string? SupplierOrganisationId = null, DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null, decimal? Value = null);
