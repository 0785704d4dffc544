namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>Paths of the checked-in files the tests read: the README and the samples.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    internal static string Readme => Path.Combine(Root.Value, "README.md");

    /// <summary>The sample dataset's folder: its embedded document and what it is built from.</summary>
    internal static string SampleData => Path.Combine(Root.Value, "src", "StemCell.Domain", "SampleData");

    /// <summary>The environment variable that makes the rebuild test rewrite the sample dataset instead of comparing.</summary>
    internal const string UpdateSnapshotsVariable = "STEMCELL_UPDATE_SNAPSHOTS";

    internal static bool UpdateSnapshots => Environment.GetEnvironmentVariable(UpdateSnapshotsVariable) == "1";

    internal static string QuickStartProgram => Path.Combine(Root.Value, "samples", "StemCell.QuickStart", "Program.cs");

    /// <summary>A file or folder of the repository, such as another test project's test data.</summary>
    internal static string InRepository(params string[] path) => Path.Combine([Root.Value, .. path]);

    /// <summary>A file of <c>TestData/</c>, which the build copies next to the test assembly.</summary>
    internal static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

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
