// Networks with members, most members first: how many, and the first of them with their member count.
MATCH (n:Network)
WITH n, COUNT { MATCH (n)<-[:MEMBER_OF]-(m:Entity) RETURN DISTINCT m } AS members
WHERE members > 0
WITH n, members ORDER BY members DESC, n.key
WITH collect(n { .key, name: n.nameEn, members }) AS networks
RETURN size(networks) AS total, networks[0..$first] AS nodes
