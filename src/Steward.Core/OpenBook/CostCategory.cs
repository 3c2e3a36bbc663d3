namespace Steward.Core.OpenBook;

/// <summary>
/// The kind of cost a <see cref="CostLine"/> asks for. Every price in an open-book breakdown is the sum of these;
/// <see cref="Margin"/> is the supplier's profit and everything else is cost.
/// </summary>
public enum CostCategory
{
    /// <summary>Pay, employer's National Insurance and pension, agency staff, training and supervision of the people who deliver the service.</summary>
    Staff,

    /// <summary>Other costs of delivering this service: food, activities, transport, utilities, therapy, insurance of the service.</summary>
    OtherDirect,

    /// <summary>Shared costs of running the organisation (head office, finance, HR, IT, registration fees) allocated to this service.</summary>
    Overheads,

    /// <summary>Capital charges: depreciation, rent and lease costs of premises and equipment, and the cost of capital tied up in them.</summary>
    Capital,

    /// <summary>
    /// Interest and other finance costs, including interest on loans from owners or group companies. The CMA found that
    /// some of the largest providers, especially private-equity-owned ones, carry very high debt (children's social care
    /// market study, 2021–22), so finance costs are shown on their own line rather than hidden in overheads.
    /// </summary>
    Finance,

    /// <summary>The supplier's profit: the price less every cost above. It may be negative when a supplier prices at a loss.</summary>
    Margin,
}
