namespace ImeiPortal.Tests.TestSupport;

public static class RepositoryRoot
{
    /// <summary>The folder holding ImeiPortal.sln, found upwards from the test build.</summary>
    public static DirectoryInfo Find()
    {
        var testBin = AppContext.BaseDirectory; // .../ImeiPortal.Tests/bin/<Config>/net10.0/
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ImeiPortal.sln")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException("Cannot find the repository root from " + testBin);
    }
}
