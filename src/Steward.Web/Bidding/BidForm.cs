using System.Globalization;
using System.Text.RegularExpressions;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;
using Steward.Data.Bids;

namespace Steward.Web.Bidding;

/// <summary>
/// The bid page's form as BID.json (docs/evaluation.md, "Bidding"): the price; an answer per answerable criterion
/// (<c>a{i}</c>) with optional files (<c>f{i}</c>, named by their upload name and listed in that answer's files);
/// commitment rows (<c>m{k}.measure</c>, <c>.quantity</c>, <c>.by</c>, <c>.where</c>; blank rows skipped, the unit
/// the measure's unless the quantity names another); the open-book breakdown where the lot asks for one
/// (BidForm.Costs.cs); and the declarations. Whatever the form cannot give is named by
/// its field; then BidRules checks the bid against the tender and its problems are named by field too.
/// </summary>
public static partial class BidForm
{
    /// <summary>The most commitment rows a form carries.</summary>
    public const int MaxRows = 30;

    /// <summary>The commitment rows a new form offers (blank rows are skipped).</summary>
    public const int BlankRows = 5;

    public static async Task<BidFormResult> ReadAsync(TenderDesign design, DesignLot lot, IFormCollection form, BidOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<(string Field, string Message)>();
        string Text(string field) => form.TryGetValue(field, out var value) ? value.ToString().Trim() : string.Empty;

        var price = Price(Text("price"), problems);
        var criteria = BidRules.Answerable(lot);
        var files = new List<BidFile>();
        var responses = new Dictionary<string, CriterionResponse>(StringComparer.Ordinal);
        for (var i = 0; i < criteria.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"f{i}");
            var names = new List<string>();
            foreach (var upload in form.Files.GetFiles(field).Where(f => f.Length > 0 || f.FileName.Length > 0))
            {
                if (await Attachment(upload, field, files, options, problems, cancellation).ConfigureAwait(false) is { } file)
                {
                    files.Add(file);
                    names.Add(file.Name);
                }
            }

            responses[criteria[i].Id] = new CriterionResponse(Text(string.Create(CultureInfo.InvariantCulture, $"a{i}")), names);
        }

        if (files.Count > options.MaxFiles)
        {
            problems.Add(("f0", $"Attach at most {options.MaxFiles} files to one bid; you attached {files.Count}"));
        }

        var (commitments, rows) = Commitments(design, lot, Text, problems);
        var declared = form.TryGetValue("declarations", out var ticked) ? ticked.OfType<string>().ToHashSet(StringComparer.Ordinal) : [];
        var declarations = new BidDeclarations(declared.Contains("conditionsOfParticipation"), declared.Contains("noExclusionGrounds"), declared.Contains("independentTender"));
        var (costs, units) = Costs(lot.CostTemplate, Text, problems);
        var bid = new BidContent(lot.Id, price ?? 1m, responses, commitments, declarations, costs, units);
        foreach (var error in BidRules.Check(design, bid))
        {
            var (field, message) = Field(error.Message, criteria, rows);
            if (problems.All(p => p.Field != field))
            {
                problems.Add((field, message));
            }
        }

        return new BidFormResult(bid, files, problems);
    }

    /// <summary>A refusal "path: message" (BidRules, the tender box) as the form field it belongs to and a sentence.</summary>
    public static (string Field, string Message) Field(string refusal, IReadOnlyList<DesignCriterion> criteria, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(rows);
        var match = PathPattern().Match(refusal);
        if (!match.Success)
        {
            return (string.Empty, Sentence(refusal));
        }

        var (path, message) = (match.Groups["path"].Value, Sentence(match.Groups["message"].Value));
        if (path == "price")
        {
            return ("price", message);
        }

        if (path.StartsWith("responses.", StringComparison.Ordinal))
        {
            var id = path["responses.".Length..];
            var index = criteria.Select((c, i) => (c.Id, i)).FirstOrDefault(c => c.Id == id || id.StartsWith(c.Id + ".", StringComparison.Ordinal));
            return (index.Id is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"a{index.i}"), message);
        }

        if (path == "costs" || path.StartsWith("costs.", StringComparison.Ordinal))
        {
            return (CostFieldOf(path), message);
        }

        if (path.StartsWith("declarations.", StringComparison.Ordinal))
        {
            return ($"declarations-{path["declarations.".Length..]}", message);
        }

        if (CommitmentPattern().Match(path) is { Success: true } commitment && int.Parse(commitment.Groups["index"].Value, CultureInfo.InvariantCulture) is var k && k < rows.Count)
        {
            var part = commitment.Groups["part"].Value switch { "unit" => "quantity", "criterion" => "measure", var other => other };
            return (string.Create(CultureInfo.InvariantCulture, $"m{rows[k]}.{part}"), message);
        }

        return (string.Empty, message);
    }

    /// <summary>Where a field comes on the page, so the error summary lists problems in the page's order.</summary>
    public static int Position(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0)
        {
            return 0;
        }

        if (field == "price")
        {
            return 1;
        }

        if (field.StartsWith("cost-", StringComparison.Ordinal))
        {
            return field == CostUnitsField ? 2 : 3;
        }

        if (FieldPattern().Match(field) is { Success: true } match)
        {
            var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            return match.Groups["kind"].Value switch
            {
                "a" => 10 + (2 * number),
                "f" => 11 + (2 * number),
                _ => 10_000 + (10 * number) + Array.IndexOf(["measure", "quantity", "by", "where"], match.Groups["part"].Value),
            };
        }

        var declaration = Array.FindIndex(BidDeclarations.All, d => $"declarations-{d.Field}" == field);
        return declaration >= 0 ? 100_000 + declaration : 200_000;
    }

    /// <summary>How many commitment rows the form shows again after a refusal: as many as were posted, within <see cref="BlankRows"/> to <see cref="MaxRows"/>.</summary>
    public static int Rows(int posted) => Math.Clamp(posted, BlankRows, MaxRows);

    private static decimal? Price(string text, List<(string Field, string Message)> problems)
    {
        if (text.Length == 0)
        {
            problems.Add(("price", "Enter your price for the lot, in pounds"));
            return null;
        }

        if (Pounds(text, negativeAllowed: false) is not { } price)
        {
            problems.Add(("price", $"Enter the price as a number of pounds, like 450000 or £450,000.50 (\"{text}\" is not one)"));
            return null;
        }

        return price;
    }

    /// <summary>"450000", "£450,000.50" (and "-1,500" where a loss may be written) as pounds in whole pence; null when it is not one.</summary>
    private static decimal? Pounds(string text, bool negativeAllowed)
    {
        var plain = text.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var negative = negativeAllowed && plain.StartsWith('-');
        return PricePattern().IsMatch(negative ? plain[1..] : plain)
               && decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pounds)
            ? pounds
            : null;
    }

    private static async Task<BidFile?> Attachment(IFormFile upload, string field, List<BidFile> taken, BidOptions options, List<(string Field, string Message)> problems, CancellationToken cancellation)
    {
        var name = BidFileNames.Safe(upload.FileName, taken.Select(f => f.Name));
        if (upload.Length == 0)
        {
            problems.Add((field, $"{name} is empty"));
            return null;
        }

        if (upload.Length > options.MaxFileBytes)
        {
            problems.Add((field, $"{name} is {Megabytes(upload.Length)}: each file must be at most {Megabytes(options.MaxFileBytes)}"));
            return null;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
        var content = buffer.ToArray();
        if (BidFileTypes.Sniff(content) is null)
        {
            problems.Add((field, $"{name} is not a {BidFileTypes.Accepted} file: Steward reads what a file contains, not its name"));
            return null;
        }

        return new BidFile(name, content);
    }

    private static (List<Commitment> Commitments, List<int> Rows) Commitments(TenderDesign design, DesignLot lot, Func<string, string> text, List<(string Field, string Message)> problems)
    {
        var measures = BidRules.Measures(design, lot);
        var commitments = new List<Commitment>();
        var rows = new List<int>();
        var posted = int.TryParse(text("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Min(count, MaxRows) : 0;
        for (var k = 0; k < posted; k++)
        {
            string Part(string name) => text(string.Create(CultureInfo.InvariantCulture, $"m{k}.{name}"));
            string Id(string name) => string.Create(CultureInfo.InvariantCulture, $"m{k}.{name}");
            var (measureId, quantityText, byText, where) = (Part("measure"), Part("quantity"), Part("by"), Part("where"));
            if (measureId.Length == 0 && quantityText.Length == 0 && byText.Length == 0 && where.Length == 0)
            {
                continue;
            }

            var measure = measures.FirstOrDefault(m => m.Id == measureId);
            var ok = true;
            if (measureId.Length == 0)
            {
                problems.Add((Id("measure"), $"Commitment {k + 1}: choose the measure it is for, or clear the row"));
                ok = false;
            }

            var quantity = Quantity(quantityText, measure?.Unit ?? string.Empty);
            if (quantity is null)
            {
                problems.Add((Id("quantity"), quantityText.Length == 0
                    ? $"Commitment {k + 1}: enter how much you commit to{(measure is null ? string.Empty : $", in {measure.Unit}")}"
                    : $"Commitment {k + 1}: enter the quantity as a number{(measure is null ? string.Empty : $" of {measure.Unit}")}, like 12 (\"{quantityText}\" is not one)"));
                ok = false;
            }

            DateOnly? by = null;
            if (byText.Length > 0)
            {
                if (DateOnly.TryParseExact(byText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    by = day;
                }
                else
                {
                    problems.Add((Id("by"), $"Commitment {k + 1}: enter the date it will be delivered by as a date, like 2028-03-31"));
                    ok = false;
                }
            }

            if (ok)
            {
                commitments.Add(new Commitment(measureId, quantity!.Value.Amount, quantity.Value.Unit, by, where.Length == 0 ? null : where, CriterionOf(lot, measureId)));
                rows.Add(k);
            }
        }

        return (commitments, rows);
    }

    /// <summary>"12", "12 people", "£5,000": the amount, and the unit written (else the measure's).</summary>
    private static (decimal Amount, string Unit)? Quantity(string text, string unit)
    {
        var match = QuantityPattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var written = match.Groups["unit"].Value.Trim();
        return (amount, written.Length > 0 ? written : match.Groups["pound"].Success ? "£" : unit);
    }

    /// <summary>The social value criterion a commitment answers, when exactly one of the lot's names its measure.</summary>
    private static string? CriterionOf(DesignLot lot, string measure)
    {
        var answering = lot.Criteria.Where(c => c.Kind == CriterionKind.SocialValue)
            .SelectMany(c => c.Leaves().Where(l => l.Measures.Contains(measure) || c.Measures.Contains(measure)))
            .Select(c => c.Id).Distinct().ToList();
        return answering.Count == 1 ? answering[0] : null;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024m / 1024m:0.#} MB");

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^(?<path>(?:price|lot|files|costs(?:\.[^:\s]+)?|responses\.[^:\s]+|commitments\[\d+\]\.\w+|declarations\.\w+)): (?<message>.+)$", RegexOptions.Singleline)]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^(?<kind>[afm])(?<number>\d+)(\.(?<part>\w+))?$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^commitments\[(?<index>\d+)\]\.(?<part>\w+)$")]
    private static partial Regex CommitmentPattern();

    [GeneratedRegex(@"^\d+(\.\d{1,2})?$")]
    private static partial Regex PricePattern();

    [GeneratedRegex(@"^(?<pound>£)?\s*(?<amount>\d[\d,]*(\.\d+)?)\s*(?<unit>.*)$")]
    private static partial Regex QuantityPattern();
}
