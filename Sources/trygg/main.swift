import ArgumentParser; import TryggWeb
