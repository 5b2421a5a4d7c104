import Hummingbird; import HummingbirdAuth; import HummingbirdBcrypt; import Mustache
