using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace SimWorkbench.Sweeps.Storage;

/// <summary>
/// Lets DuckDB's native library be found when DuckDB.NET was loaded by path (a notebook's <c>#r</c>),
/// where no .deps.json lists it and the runtime never looks under <c>runtimes/&lt;rid&gt;/native/</c>.
/// The fallback runs only after the runtime's own probing has failed, so hosts that find the
/// library (the CLI, the tests) never reach it.
/// </summary>
internal static class DuckDbNativeLibrary
{
    private const string LibraryName = "duckdb";

    private static int _registered;

    /// <summary>Registers the fallback once; call before the first DuckDB connection.</summary>
    public static void EnsureResolvable()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
        }
    }

    private static IntPtr Resolve(Assembly requester, string name)
    {
        if (name != LibraryName || NativePath(requester) is not { } path || !File.Exists(path))
        {
            return IntPtr.Zero;
        }

        return NativeLibrary.Load(path);
    }

    /// <summary>
    /// <c>runtimes/&lt;rid&gt;/native/&lt;file&gt;</c> beside the assembly that asks for the library
    /// (DuckDB.NET.Bindings), or null on a platform DuckDB.NET does not ship.
    /// </summary>
    private static string? NativePath(Assembly requester)
    {
        var folder = Path.GetDirectoryName(requester.Location);
        if (string.IsNullOrEmpty(folder) || RuntimeIdentifier() is not { } rid)
        {
            return null;
        }

        var file = OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";
        return Path.Combine(folder, "runtimes", rid, "native", file);
    }

    private static string? RuntimeIdentifier()
    {
        var architecture = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        return OperatingSystem.IsMacOS() ? "osx"
            : architecture is null ? null
            : OperatingSystem.IsWindows() ? "win-" + architecture
            : OperatingSystem.IsLinux() ? "linux-" + architecture
            : null;
    }
}
