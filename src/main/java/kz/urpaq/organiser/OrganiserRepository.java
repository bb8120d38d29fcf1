package kz.urpaq.organiser;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OrganiserRepository extends JpaRepository<Organiser, Long> {

    Optional<Organiser> findByCode(String code);

    boolean existsByCode(String code);

    List<Organiser> findAllByOrderByIdAsc();
}
