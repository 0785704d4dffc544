using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StemCell.Domain.Benchmarks.Baseline;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using System.Text.Json;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Reading and writing a whole dataset document with <see cref="StemCellJson"/>, against the practical limit: the same
/// bytes read into, and written from, plain POCOs (<see cref="PocoDataset"/>) by System.Text.Json source generation.
/// The setup checks that the baseline round-trips every value of the document and that a synthetic dataset uses every
/// property of the format (<see cref="BaselineRoundTrip"/>), so the baseline does all the work the library does.
/// The library's reader also checks every rule of the format and the model and builds immutable, validated values.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private byte[] _document = [];
    private EvidenceDataset _dataset = EvidenceDataset.Empty;
    private PocoDataset _poco = new();

    /// <summary>The sample dataset shipped in the package, or a synthetic one of that many studies.</summary>
    [ParamsSource(nameof(Datasets))]
    public string Dataset { get; set; } = "sample";

    public static IEnumerable<string> Datasets => Smoke.IsOn ? ["sample", "synthetic-100"] : ["sample", "synthetic-10000"];

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Dataset == "sample" ? SampleDataset.Dataset : SyntheticData.Dataset(int.Parse(Dataset["synthetic-".Length..], System.Globalization.CultureInfo.InvariantCulture));
        _document = StemCellJson.SerializeToUtf8Bytes(_dataset);
        if (Dataset != "sample")
        {
            BaselineRoundTrip.CheckUsesEveryProperty(_document, $"The {Dataset} dataset");
        }

        _poco = BaselineRoundTrip.Check(_document, $"The {Dataset} dataset");
        if (_poco.Studies?.Count != _dataset.Studies.Length || !StemCellJson.Deserialize(_document).Equals(_dataset))
        {
            throw new InvalidOperationException("The baseline and the library do not read the same document.");
        }
    }

    [Benchmark(Baseline = true, Description = "POCO baseline")]
    [BenchmarkCategory("Deserialize")]
    public PocoDataset DeserializePoco() => JsonSerializer.Deserialize(_document, PocoJsonContext.Default.PocoDataset)!;

    [Benchmark(Description = "StemCellJson")]
    [BenchmarkCategory("Deserialize")]
    public EvidenceDataset Deserialize() => StemCellJson.Deserialize(_document);

    [Benchmark(Baseline = true, Description = "POCO baseline")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializePoco() => JsonSerializer.SerializeToUtf8Bytes(_poco, PocoJsonContext.Default.PocoDataset);

    [Benchmark(Description = "StemCellJson")]
    [BenchmarkCategory("Serialize")]
    public byte[] Serialize() => StemCellJson.SerializeToUtf8Bytes(_dataset);
}
