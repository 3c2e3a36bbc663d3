using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.OpenBook;

/// <summary>
/// Reads templates, submissions and policies from JSON (camelCase property names, as in docs/open-book.md). Reading
/// checks shape only: types, required properties, no unknown properties. It fails on the first problem, naming its
/// JSON path and the value found, e.g. <c>lines[1].amount: expected a number, found "ten".</c> Call
/// <c>Validate</c> on what it returns for the rules.
/// </summary>
public static class OpenBookJson
{
    public static Result<CostTemplate> ReadTemplate(JsonElement json)
    {
        var reader = new JsonFieldReader();
        if (!reader.Object(json, string.Empty, "id", "title", "unit", "expectedUnits", "serviceCategory", "lines"))
        {
            return reader.Error!;
        }

        var template = new CostTemplate
        {
            Id = reader.String(json, string.Empty, "id"),
            Title = reader.String(json, string.Empty, "title"),
            Unit = reader.String(json, string.Empty, "unit"),
            ExpectedUnits = reader.Decimal(json, string.Empty, "expectedUnits"),
            ServiceCategory = reader.OptionalString(json, string.Empty, "serviceCategory"),
            Lines = reader.Array(json, string.Empty, "lines")
                .Where(x => reader.Object(x.Item, x.Path, "id", "label", "category", "required", "guidance"))
                .Select(x => new CostLine
                {
                    Id = reader.String(x.Item, x.Path, "id"),
                    Label = reader.String(x.Item, x.Path, "label"),
                    Category = reader.Enum<CostCategory>(x.Item, x.Path, "category"),
                    Required = reader.Boolean(x.Item, x.Path, "required"),
                    Guidance = reader.OptionalString(x.Item, x.Path, "guidance"),
                })
                .ToList(),
        };
        return reader.Error is { } error ? error : template;
    }

    public static Result<CostSubmission> ReadSubmission(JsonElement json)
    {
        var reader = new JsonFieldReader();
        if (!reader.Object(json, string.Empty, "templateId", "supplierId", "supplierName", "units", "lines", "declaredMargin"))
        {
            return reader.Error!;
        }

        var submission = new CostSubmission
        {
            TemplateId = reader.String(json, string.Empty, "templateId"),
            SupplierId = reader.String(json, string.Empty, "supplierId"),
            SupplierName = reader.OptionalString(json, string.Empty, "supplierName"),
            Units = reader.Decimal(json, string.Empty, "units"),
            Lines = reader.Array(json, string.Empty, "lines")
                .Where(x => reader.Object(x.Item, x.Path, "lineId", "amount"))
                .Select(x => new LineAmount
                {
                    LineId = reader.String(x.Item, x.Path, "lineId"),
                    Amount = reader.Decimal(x.Item, x.Path, "amount"),
                })
                .ToList(),
            DeclaredMargin = reader.OptionalDecimal(json, string.Empty, "declaredMargin"),
        };
        return reader.Error is { } error ? error : submission;
    }

    public static Result<ProfitCapPolicy> ReadPolicy(JsonElement json)
    {
        var reader = new JsonFieldReader();
        if (!reader.Object(json, string.Empty, "id", "serviceCategory", "jurisdiction", "capType", "capValue", "effectiveFrom", "effectiveTo", "legalBasis", "benchmarks"))
        {
            return reader.Error!;
        }

        var policy = new ProfitCapPolicy
        {
            Id = reader.String(json, string.Empty, "id"),
            ServiceCategory = reader.String(json, string.Empty, "serviceCategory"),
            Jurisdiction = reader.String(json, string.Empty, "jurisdiction"),
            CapType = reader.Enum<ProfitCapType>(json, string.Empty, "capType"),
            CapValue = reader.OptionalDecimal(json, string.Empty, "capValue"),
            EffectiveFrom = reader.Date(json, string.Empty, "effectiveFrom"),
            EffectiveTo = reader.OptionalDate(json, string.Empty, "effectiveTo"),
            LegalBasis = reader.String(json, string.Empty, "legalBasis"),
            Benchmarks = reader.Array(json, string.Empty, "benchmarks", required: false)
                .Where(x => reader.Object(x.Item, x.Path, "population", "operatingMarginPercent", "averagePrice", "priceUnit", "priceApproximate", "source"))
                .Select(x => new ContextBenchmark
                {
                    Population = reader.String(x.Item, x.Path, "population"),
                    OperatingMarginPercent = reader.OptionalDecimal(x.Item, x.Path, "operatingMarginPercent"),
                    AveragePrice = reader.OptionalDecimal(x.Item, x.Path, "averagePrice"),
                    PriceUnit = reader.OptionalString(x.Item, x.Path, "priceUnit"),
                    PriceApproximate = reader.Boolean(x.Item, x.Path, "priceApproximate"),
                    Source = reader.String(x.Item, x.Path, "source"),
                })
                .ToList(),
        };
        return reader.Error is { } error ? error : policy;
    }
}
