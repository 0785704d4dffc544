namespace StemCell.Domain.Tests.TestSupport;

/// <summary>Paths of the checked-in files that tests compare with or, in snapshot-update mode, rewrite.</summary>
internal static class RepositoryFiles
{
    /// <summary>The environment variable that makes snapshot tests rewrite their checked-in file instead of comparing.</summary>
    internal const string UpdateSnapshotsVariable = "STEMCELL_UPDATE_SNAPSHOTS";

    private static readonly Lazy<string> Root = new(FindRoot);

    internal static string VocabularyJson => Path.Combine(Root.Value, "src", "StemCell.Domain", "vocabulary.json");

    internal static string VocabularySchema => Path.Combine(Root.Value, "src", "StemCell.Domain", "vocabulary.schema.json");

    internal static string VocabularyLock => Path.Combine(Root.Value, "src", "StemCell.Domain", "vocabulary.lock");

    internal static string DatasetSchema => Path.Combine(Root.Value, "src", "StemCell.Domain", "stemcell-dataset.schema.json");

    internal static string SeedArticleDataset => Path.Combine(Root.Value, "src", "StemCell.Domain", "SampleData", "seed-article.json");

    internal static string RepositoryRoot => Root.Value;

    internal static bool UpdateSnapshots => Environment.GetEnvironmentVariable(UpdateSnapshotsVariable) == "1";

    /// <summary>A file of <c>TestData/</c>, which the build copies next to the test assembly.</summary>
    internal static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    /// <summary>A file of <c>TestData/</c> where it is checked in, for snapshot tests that rewrite it.</summary>
    internal static string TestDataInRepository(string fileName) => Path.Combine(Root.Value, "tests", "StemCell.Domain.Tests", "TestData", fileName);

    // Source files are found from the test assembly upwards, so the tests run from any working directory.
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StemCell.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No StemCell.Domain.sln above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
