using System.Diagnostics;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Publishes a program of the repository that a benchmark launches as a child process, into
/// artifacts/benchmarks/&lt;name&gt;/ under the repository root, once per benchmark process (an unchanged program
/// republishes quickly).
/// </summary>
internal static class AppPublisher
{
    private static readonly HashSet<string> Published = [];

    /// <summary>Publishes <paramref name="project"/> (a path from the repository root) and returns the folder it is in.</summary>
    /// <param name="project">The project file, from the repository root.</param>
    /// <param name="name">The folder under artifacts/benchmarks/ to publish into.</param>
    /// <param name="configuration">The build configuration, such as <c>Release</c>.</param>
    /// <param name="properties">More arguments for <c>dotnet publish</c>, such as <c>-p:PublishAot=true</c>.</param>
    internal static string Publish(string project, string name, string configuration, params string[] properties)
    {
        var root = RepositoryRoot();
        var output = Path.Combine(root, "artifacts", "benchmarks", name);
        if (!Published.Add(output))
        {
            return output;
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine(root, project), "-c", configuration, "-o", output,
                     "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false",
                 }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        // No build server or reused node may outlive the publish holding its redirected output open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var error = process.StandardError.ReadToEndAsync();
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Published.Remove(output);
            throw new InvalidOperationException(
                $"dotnet publish of {project} ({string.Join(' ', properties)}) exited with {process.ExitCode}:{Environment.NewLine}{log}{error.GetAwaiter().GetResult()}");
        }

        return output;
    }

    /// <summary>The <c>dotnet</c> host that runs this program, or the one on the path.</summary>
    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StemCell.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds StemCell.Domain.sln.");
    }
}
