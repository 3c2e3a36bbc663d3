using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.OpenBook;

/// <summary>
/// Reads templates, submissions and policies from JSON (camelCase property names, as in docs/open-book.md). Reading
/// checks shape only: types, required properties, no unknown properties. Every problem is reported, in document
/// order, in one error whose message names each JSON path and value found, joined by "; ", e.g.
/// <c>lines[1].amount: expected a number, found "ten".</c> Call <c>Validate</c> on what it returns for the rules.
/// </summary>
public static class OpenBookJson
{
    private const string Code = "OPEN_BOOK_JSON";

    public static Result<CostTemplate> ReadTemplate(JsonElement json)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(json, Code, errors) is not { } r)
        {
            return Failure(errors);
        }

        var template = Template(r);
        return errors.Count == 0 ? template : Failure(errors);
    }

    /// <summary>A template read from <paramref name="r"/>, its problems added to the reader's errors; shared with a design lot's <c>costTemplate</c>.</summary>
    internal static CostTemplate Template(JsonFieldReader r)
    {
        r.Only("id", "title", "unit", "expectedUnits", "serviceCategory", "ocid", "lotId", "lines");
        return new CostTemplate
        {
            Id = r.Text("id", required: true) ?? string.Empty,
            Title = r.Text("title", required: true) ?? string.Empty,
            Unit = r.Text("unit", required: true) ?? string.Empty,
            ExpectedUnits = r.Number("expectedUnits", required: true) ?? 0m,
            ServiceCategory = r.Text("serviceCategory"),
            Ocid = r.Text("ocid"),
            LotId = r.Text("lotId"),
            Lines =
            [
                .. r.Objects("lines", required: true, "id", "label", "category", "required", "guidance").Select(line => new CostLine
                {
                    Id = line.Text("id", required: true) ?? string.Empty,
                    Label = line.Text("label", required: true) ?? string.Empty,
                    Category = line.Enum<CostCategory>("category", required: true) ?? default,
                    Required = line.Bool("required") ?? false,
                    Guidance = line.Text("guidance"),
                }),
            ],
        };
    }

    public static Result<CostSubmission> ReadSubmission(JsonElement json)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(json, Code, errors) is not { } r)
        {
            return Failure(errors);
        }

        r.Only("templateId", "supplierId", "supplierName", "units", "lines", "declaredMargin");
        var submission = new CostSubmission
        {
            TemplateId = r.Text("templateId", required: true) ?? string.Empty,
            SupplierId = r.Text("supplierId", required: true) ?? string.Empty,
            SupplierName = r.Text("supplierName"),
            Units = r.Number("units", required: true) ?? 0m,
            Lines =
            [
                .. r.Objects("lines", required: true, "lineId", "amount").Select(line => new LineAmount
                {
                    LineId = line.Text("lineId", required: true) ?? string.Empty,
                    Amount = line.Number("amount", required: true) ?? 0m,
                }),
            ],
            DeclaredMargin = r.Number("declaredMargin"),
        };
        return errors.Count == 0 ? submission : Failure(errors);
    }

    public static Result<ProfitCapPolicy> ReadPolicy(JsonElement json)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(json, Code, errors) is not { } r)
        {
            return Failure(errors);
        }

        r.Only("id", "serviceCategory", "jurisdiction", "capType", "capValue", "effectiveFrom", "effectiveTo", "legalBasis", "benchmarks");
        var policy = new ProfitCapPolicy
        {
            Id = r.Text("id", required: true) ?? string.Empty,
            ServiceCategory = r.Text("serviceCategory", required: true) ?? string.Empty,
            Jurisdiction = r.Text("jurisdiction", required: true) ?? string.Empty,
            CapType = r.Enum<ProfitCapType>("capType", required: true) ?? default,
            CapValue = r.Number("capValue"),
            EffectiveFrom = r.Date("effectiveFrom", required: true) ?? default,
            EffectiveTo = r.Date("effectiveTo"),
            LegalBasis = r.Text("legalBasis", required: true) ?? string.Empty,
            Benchmarks =
            [
                .. r.Objects("benchmarks", required: false, "population", "operatingMarginPercent", "averagePrice", "priceUnit", "priceApproximate", "source")
                    .Select(benchmark => new ContextBenchmark
                    {
                        Population = benchmark.Text("population", required: true) ?? string.Empty,
                        OperatingMarginPercent = benchmark.Number("operatingMarginPercent"),
                        AveragePrice = benchmark.Number("averagePrice"),
                        PriceUnit = benchmark.Text("priceUnit"),
                        PriceApproximate = benchmark.Bool("priceApproximate") ?? false,
                        Source = benchmark.Text("source", required: true) ?? string.Empty,
                    }),
            ],
        };
        return errors.Count == 0 ? policy : Failure(errors);
    }

    /// <summary>One error for every problem, the first first, joined by "; " and ending in a full stop.</summary>
    private static Error Failure(List<Error> errors) => new(Code, string.Join("; ", errors.Select(e => e.Message)) + ".");
}
