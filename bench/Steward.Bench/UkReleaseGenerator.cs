using System.Globalization;
using System.Text.Json;

namespace Steward.Bench;

/// <summary>
/// Writes a deterministic stream of UK-shaped OCDS releases as JSON Lines, for benchmarks: Procurement Act notice
/// sequences (UK4 tender, UK6 award, UK7 contract) for processes whose releases are spread through the stream as
/// a day-ordered API feed spreads them; GB-PPON buyers, GB-COH suppliers with scale and VCSE flags, lots with
/// award criteria, CPV items, NUTS regions, bid statistics, contact points and long descriptions, so that the
/// mean release is near Find a Tender's (≈ 7–14 KB).
/// </summary>
internal sealed class UkReleaseGenerator(int seed)
{
    private static readonly string[] Cpv = ["72000000", "79410000", "85311000", "45000000", "90910000", "80500000", "33100000", "48000000", "71300000", "60100000"];
    private static readonly string[] Regions = ["UKC21", "UKD33", "UKE42", "UKF14", "UKG31", "UKH12", "UKI31", "UKJ14", "UKK11", "UKL22", "UKM75", "UKN06"];
    private static readonly string[] Words = ("the council seeks a provider to deliver services across the county including support for residents " +
                                              "schools care homes transport highways maintenance and digital platforms with social value commitments " +
                                              "local employment apprenticeships carbon reduction and community benefits over the contract term").Split(' ');

    private readonly Random _random = new(seed);

    /// <summary>Writes <paramref name="releases"/> releases to <paramref name="path"/>; returns the number of bytes.</summary>
    public long Write(string path, int releases)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(file);
        var processes = Math.Max(1, releases / 3);
        var stage = new int[processes];
        var written = 0;
        var day = new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        while (written < releases)
        {
            // Releases come in publication order; each process moves through its notices over time.
            var process = _random.Next(processes);
            var step = stage[process]++;
            day = day.AddSeconds(_random.Next(5, 40));
            WriteRelease(writer, process, step, day);
            writer.Flush();
            file.WriteByte((byte)'\n');
            writer.Reset(file);
            written++;
        }

        return file.Length;
    }

    private void WriteRelease(Utf8JsonWriter w, int process, int step, DateTime date)
    {
        var ocid = $"ocds-h6vhtk-{process:x6}";
        var tag = step switch { 0 => "tender", 1 => "award", 2 => "contract", _ => "tenderUpdate" };
        var buyer = $"GB-PPON-{Code(process % 997, "BUYR")}";
        var lots = 1 + (process % 3);
        w.WriteStartObject();
        w.WriteString("ocid", ocid);
        w.WriteString("id", $"{process:D6}-{step}-2025");
        w.WriteString("date", date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteStartArray("tag");
        w.WriteStringValue(tag);
        w.WriteEndArray();
        w.WriteString("initiationType", "tender");
        w.WriteStartArray("parties");
        WriteParty(w, buyer, $"Council {process % 997}", "buyer", null);
        if (step >= 1)
        {
            for (var lot = 0; lot < lots; lot++)
            {
                WriteParty(w, Supplier(process, lot), $"Supplier {process}-{lot} Ltd", "supplier", lot % 2 == 0 ? "sme" : "large");
            }
        }

        w.WriteEndArray();
        w.WriteStartObject("buyer");
        w.WriteString("id", buyer);
        w.WriteString("name", $"Council {process % 997}");
        w.WriteEndObject();
        WriteTender(w, process, step, lots, date);
        if (step >= 1)
        {
            WriteAwards(w, process, lots, date);
        }

        if (step >= 2)
        {
            WriteContracts(w, process, lots, date);
        }

        w.WriteEndObject();
    }

    private void WriteParty(Utf8JsonWriter w, string id, string name, string role, string? scale)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", name);
        w.WriteStartObject("identifier");
        w.WriteString("scheme", id[..7]);
        w.WriteString("id", id[8..]);
        w.WriteString("legalName", name);
        w.WriteEndObject();
        w.WriteStartObject("address");
        w.WriteString("streetAddress", $"{_random.Next(1, 200)} High Street");
        w.WriteString("locality", "Leeds");
        w.WriteString("postalCode", "LS1 1AA");
        w.WriteString("region", Regions[_random.Next(Regions.Length)]);
        w.WriteString("countryName", "United Kingdom");
        w.WriteEndObject();
        w.WriteStartObject("contactPoint");
        w.WriteString("name", "Procurement Team");
        w.WriteString("email", "procurement@example.org");
        w.WriteString("telephone", "0113 000 0000");
        w.WriteEndObject();
        w.WriteStartArray("roles");
        w.WriteStringValue(role);
        w.WriteEndArray();
        if (scale is not null)
        {
            w.WriteStartObject("details");
            w.WriteString("scale", scale);
            w.WriteBoolean("vcse", _random.Next(10) == 0);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private void WriteTender(Utf8JsonWriter w, int process, int step, int lots, DateTime date)
    {
        w.WriteStartObject("tender");
        w.WriteString("id", $"tender-{process}");
        w.WriteString("title", $"Provision of services {process}");
        w.WriteString("description", Sentence(60 + _random.Next(120)));
        w.WriteString("status", step == 0 ? "active" : "complete");
        w.WriteString("procurementMethod", "open");
        w.WriteString("procurementMethodDetails", "Open procedure");
        w.WriteString("mainProcurementCategory", "services");
        w.WriteStartObject("value");
        w.WriteNumber("amount", 50_000 + (process % 400) * 2_500);
        w.WriteString("currency", "GBP");
        w.WriteEndObject();
        w.WriteStartObject("tenderPeriod");
        w.WriteString("startDate", date.AddDays(-40).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteString("endDate", date.AddDays(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartArray("items");
        for (var lot = 0; lot < lots; lot++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{lot + 1}");
            w.WriteString("relatedLot", $"{lot + 1}");
            w.WriteStartArray("additionalClassifications");
            w.WriteStartObject();
            w.WriteString("scheme", "CPV");
            w.WriteString("id", Cpv[(process + lot) % Cpv.Length]);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("deliveryAddresses");
            w.WriteStartObject();
            w.WriteString("region", Regions[(process + lot) % Regions.Length]);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("lots");
        for (var lot = 0; lot < lots; lot++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{lot + 1}");
            w.WriteString("title", $"Lot {lot + 1}");
            w.WriteString("description", Sentence(30 + _random.Next(40)));
            w.WriteStartObject("suitability");
            w.WriteBoolean("sme", true);
            w.WriteBoolean("vcse", lot % 2 == 0);
            w.WriteEndObject();
            w.WriteStartObject("awardCriteria");
            w.WriteStartArray("criteria");
            WriteCriterion(w, "price", "Price", 40);
            WriteCriterion(w, "quality", "Quality", 50);
            WriteCriterion(w, "quality", "Social value", 10);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("documents");
        w.WriteStartObject();
        w.WriteString("id", $"{process}-notice-{step}");
        w.WriteString("documentType", step == 0 ? "tenderNotice" : "awardNotice");
        w.WriteString("noticeType", step switch { 0 => "UK4", 1 => "UK6", _ => "UK7" });
        w.WriteString("url", $"https://www.find-tender.service.gov.uk/Notice/{process:D6}-2025");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCriterion(Utf8JsonWriter w, string type, string name, int weight)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WriteString("name", name);
        w.WriteStartArray("numbers");
        w.WriteStartObject();
        w.WriteNumber("number", weight);
        w.WriteString("weight", "percentageExact");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WriteAwards(Utf8JsonWriter w, int process, int lots, DateTime date)
    {
        w.WriteStartArray("awards");
        for (var lot = 0; lot < lots; lot++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{lot + 1}");
            w.WriteString("status", "active");
            w.WriteString("date", date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteStartObject("value");
            w.WriteNumber("amount", 40_000 + _random.Next(500) * 1_000);
            w.WriteString("currency", "GBP");
            w.WriteEndObject();
            w.WriteStartArray("suppliers");
            w.WriteStartObject();
            w.WriteString("id", Supplier(process, lot));
            w.WriteString("name", $"Supplier {process}-{lot} Ltd");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("relatedLots");
            w.WriteStringValue($"{lot + 1}");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("bids");
        w.WriteStartArray("statistics");
        for (var lot = 0; lot < lots; lot++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{lot + 1}-bids");
            w.WriteString("measure", "bids");
            w.WriteNumber("value", 1 + _random.Next(8));
            w.WriteString("relatedLot", $"{lot + 1}");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WriteContracts(Utf8JsonWriter w, int process, int lots, DateTime date)
    {
        w.WriteStartArray("contracts");
        for (var lot = 0; lot < lots; lot++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{process}-{lot + 1}");
            w.WriteString("awardID", $"{lot + 1}");
            w.WriteString("status", "active");
            w.WriteString("dateSigned", date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteStartObject("value");
            w.WriteNumber("amount", 40_000 + _random.Next(500) * 1_000);
            w.WriteString("currency", "GBP");
            w.WriteEndObject();
            w.WriteStartObject("period");
            w.WriteString("startDate", date.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("endDate", date.AddDays(30 + 365 * 3).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Supplier(int process, int lot) => $"GB-COH-{(process * 7 + lot) % 9_000_000 + 1_000_000:D8}";

    private static string Code(int number, string letters) =>
        $"{letters}-{number % 10_000:D4}-{(char)('A' + (number % 26))}{(char)('A' + (number / 26 % 26))}AA";

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)]));
}
