using System.Collections.Immutable;

namespace StemCell.Domain.VocabularyGenerator;

/// <summary>A file the generator writes: its path from the repository root, with '/' separators, and its whole content.</summary>
internal sealed record GeneratedFile(string Path, string Content);

/// <summary>
/// Every file generated from the definitions: the library's vocabularies, catalog and JSON type infos, the NativeAOT smoke app's list, the
/// contract test class of every vocabulary, and
/// the test fixtures' vocabularies (defined only in the tests, to prove a definition alone makes a working vocabulary).
/// </summary>
internal sealed class GenerationPlan
{
    internal const string LibraryDefinitions = "src/StemCell.Domain/Vocabulary/Definitions";
    internal const string LibraryOutput = "src/StemCell.Domain/Generated/Vocabulary";
    internal const string SmokeList = "tests/StemCell.Domain.AotSmoke/EveryVocabulary.g.cs";
    internal const string FixtureDefinitions = "tests/StemCell.Domain.Tests/TestData/VocabularyDefinitions";
    internal const string TestOutput = "tests/StemCell.Domain.Tests/Vocabulary/Generated";

    private GenerationPlan(ImmutableArray<GeneratedFile> files) => Files = files;

    internal ImmutableArray<GeneratedFile> Files { get; }

    internal static GenerationPlan Create(string root)
    {
        var library = ReadAll(root, LibraryDefinitions);
        var fixtures = ReadAll(root, FixtureDefinitions);
        CheckUnique(library.Concat(fixtures).ToArray());
        var emitter = new Emitter([.. library, .. fixtures]);
        var files = ImmutableArray.CreateBuilder<GeneratedFile>();
        foreach (var v in library)
        {
            files.Add(new($"{LibraryOutput}/{v.Type}.g.cs", emitter.Vocabulary(v, "StemCell.Domain.Vocabulary")));
        }

        files.Add(new($"{LibraryOutput}/Vocabularies.g.cs", Emitter.Catalog(library)));
        files.Add(new($"{LibraryOutput}/VocabularyTypeInfos.g.cs", Emitter.TypeInfos(library)));
        files.Add(new(SmokeList, Emitter.SmokeList(library)));
        files.Add(new($"{TestOutput}/VocabularyContractTests.g.cs", Emitter.ContractTests(library)));
        foreach (var v in fixtures)
        {
            files.Add(new($"{TestOutput}/{v.Type}.g.cs", emitter.Vocabulary(v, "StemCell.Domain.Tests.Vocabulary")));
        }

        return new GenerationPlan(files.ToImmutable());
    }

    internal static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StemCell.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No StemCell.Domain.sln in {start} or above it.");
    }

    private static ImmutableArray<VocabularyDefinition> ReadAll(string root, string directory)
    {
        var full = Path.Combine(root, directory);
        return
        [
            .. Directory.GetFiles(full, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(file => VocabularyDefinition.Read($"{directory}/{Path.GetFileName(file)}", File.ReadAllText(file))),
        ];
    }

    private static void CheckUnique(VocabularyDefinition[] all)
    {
        foreach (var (what, key) in new (string, Func<VocabularyDefinition, string>)[]
                 {
                     ("name", v => v.Name), ("type", v => v.Type), ("order", v => v.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                 })
        {
            if (all.GroupBy(key).FirstOrDefault(g => g.Count() > 1) is { } clash)
            {
                throw new InvalidDataException($"{string.Join(" and ", clash.Select(v => v.File))} have the same {what} '{clash.Key}'.");
            }
        }

        foreach (var v in all)
        {
            if (!v.File.EndsWith($"/{v.Name}.json", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{v.File} defines '{v.Name}'; name the file {v.Name}.json.");
            }
        }
    }
}
