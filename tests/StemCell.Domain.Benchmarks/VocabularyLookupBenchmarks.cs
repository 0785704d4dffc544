using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StemCell.Domain.Benchmarks.Baseline;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Looking a term up by its wire code, its code in another case, a documented synonym, or an unknown code, in
/// <see cref="StudyStatus"/> (14 terms, 14 synonyms), against the two things a program would otherwise write: a
/// case-insensitive <see cref="FrozenDictionary{TKey, TValue}"/> of the same codes and synonyms (the baseline), and
/// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> of a plain enum's member name.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class VocabularyLookupBenchmarks
{
    // The same keys in the order the library adds them, every code and then every synonym: a frozen dictionary's
    // layout, and so how long one key takes to find, depends on the order its keys came in.
    private static readonly FrozenDictionary<string, PocoStudyStatus> Baseline = StudyStatus.All.Select(s => (name: s.Code, term: s))
        .Concat(StudyStatus.All.SelectMany(s => s.Synonyms.Select(name => (name, term: s))))
        .DistinctBy(p => p.name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.name, p => Enum.Parse<PocoStudyStatus>(p.term.Code.Replace("-", "", StringComparison.Ordinal), ignoreCase: true), StringComparer.OrdinalIgnoreCase);

    private string _enumName = "";

    /// <summary>What is looked up: a code, the code in mixed case, a synonym, or a code no term has.</summary>
    [Params("active-not-recruiting", "Active-Not-Recruiting", "ACTIVE_NOT_RECRUITING", "no-such-status")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        // A plain enum's member names have no hyphens; the nearest it can do is the same letters in the same case.
        _enumName = Input.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (StudyStatus.TryFromCode(Input, out var term) != Baseline.TryGetValue(Input, out var value)
            || (term is not null && term.Code.Replace("-", "", StringComparison.Ordinal) != value.ToString().ToLowerInvariant()))
        {
            throw new InvalidOperationException($"The baseline and the vocabulary disagree about '{Input}'.");
        }
    }

    [Benchmark(Baseline = true, Description = "FrozenDictionary (OrdinalIgnoreCase)")]
    public bool FrozenDictionaryLookup() => Baseline.TryGetValue(Input, out _);

    [Benchmark(Description = "Enum.TryParse (ignoreCase)")]
    public bool EnumTryParse() => Enum.TryParse<PocoStudyStatus>(_enumName, ignoreCase: true, out _);

    [Benchmark(Description = "StudyStatus.TryFromCode")]
    public bool TryFromCode() => StudyStatus.TryFromCode(Input, out _);

    [Benchmark(Description = "StudyStatus.TryFromCode (span)")]
    public bool TryFromCodeSpan() => StudyStatus.TryFromCode(Input.AsSpan(), out _);
}

/// <summary>
/// <see cref="VocabularyTerm{TTerm}.FromCode(string)"/>, the throwing lookup, on codes that exist, against the indexer
/// of a case-insensitive <see cref="FrozenDictionary{TKey, TValue}"/> of the same codes and synonyms.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class VocabularyFromCodeBenchmarks
{
    private static readonly FrozenDictionary<string, StudyStatus> Baseline = StudyStatus.All.Select(s => (name: s.Code, term: s))
        .Concat(StudyStatus.All.SelectMany(s => s.Synonyms.Select(name => (name, term: s))))
        .DistinctBy(p => p.name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.name, p => p.term, StringComparer.OrdinalIgnoreCase);

    [Params("active-not-recruiting", "Active-Not-Recruiting")]
    public string Input { get; set; } = "";

    [Benchmark(Baseline = true, Description = "FrozenDictionary indexer (OrdinalIgnoreCase)")]
    public StudyStatus FrozenDictionaryIndexer() => Baseline[Input];

    [Benchmark(Description = "StudyStatus.FromCode")]
    public StudyStatus FromCode() => StudyStatus.FromCode(Input);
}
